/**
 * What a tab shows while its code is still loading (rarely seen: the tabs are fetched after the
 * first paint). A chunk of its own, fetched with them, so the Spinner is not in the first chunk.
 */
import { Spinner } from "@fluentui/react-components";
import { useLanguage } from "../i18n";

export function TabLoading() {
  const { s } = useLanguage();
  return <Spinner size="small" label={s.working} />;
}
