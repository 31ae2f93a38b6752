/** Whose answers are shown: one respondent's (editable) or the group's; add and remove respondents. */
import { Button, Field, Select, makeStyles } from "@fluentui/react-components";
import { useLanguage } from "../i18n";
import type { WizardState, WizardView } from "../hooks/useWizard";
import { AddIcon, RemoveIcon } from "./icons";
import { controlRow } from "./shared-styles";

const useStyles = makeStyles({
  row: controlRow,
  grow: { flexGrow: 1, minWidth: "150px" },
});

export function WizardRespondents({
  wizard,
  onView,
}: {
  wizard: WizardState;
  onView: (view: WizardView) => void;
}) {
  const styles = useStyles();
  const { s } = useLanguage();
  const { view, respondents, dispatch } = wizard;
  return (
    <div className={styles.row}>
      <Field label={s.respondentsLabel} className={styles.grow}>
        <Select
          value={String(view)}
          onChange={(_, data) => onView(data.value === "group" ? "group" : Number(data.value))}
        >
          {respondents.map((_, k) => (
            <option key={k} value={String(k)}>
              {s.respondent(k + 1)}
            </option>
          ))}
          <option value="group">{s.groupView}</option>
        </Select>
      </Field>
      <Button icon={<AddIcon />} onClick={() => dispatch({ type: "addRespondent" })}>
        {s.addRespondent}
      </Button>
      {view !== "group" && respondents.length > 1 && (
        <Button
          icon={<RemoveIcon />}
          aria-label={s.removeRespondent(view + 1)}
          title={s.removeRespondent(view + 1)}
          onClick={() => dispatch({ type: "removeRespondent", index: view })}
        />
      )}
    </div>
  );
}
