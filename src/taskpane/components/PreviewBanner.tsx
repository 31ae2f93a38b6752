/**
 * The banner that says the pane is not running inside Excel. A chunk of its own: Excel never shows
 * it, so its MessageBar code stays out of the pane's first chunk.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useLanguage } from "../i18n";

export function PreviewBanner() {
  const { s } = useLanguage();
  return (
    <MessageBar intent="info" layout="multiline" data-testid="preview-banner">
      <MessageBarBody>
        <MessageBarTitle>{s.previewTitle}</MessageBarTitle>
        {s.previewBody}
      </MessageBarBody>
    </MessageBar>
  );
}
