/** The templates as selectable cards: one radio group, so the arrow keys move the choice. */
import { useId } from "react";
import {
  Caption1,
  Card,
  CardHeader,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { TEMPLATE_INFO } from "../../templates/catalog";
import type { TemplateId } from "../../sheet/plan";
import { useLanguage } from "../i18n";
import { TemplateThumbnail } from "./TemplateThumbnail";

const useStyles = makeStyles({
  gallery: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  card: { minWidth: 0 },
  chosen: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-1px",
  },
  preview: { flexShrink: 0, alignSelf: "flex-start", lineHeight: 0 },
  header: { minWidth: 0, flexShrink: 1, flexGrow: 1, alignSelf: "flex-start" },
  description: {
    color: tokens.colorNeutralForeground2,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
});

export function GalleryCards({
  chosen,
  onChoose,
}: {
  chosen: TemplateId;
  onChoose: (template: TemplateId) => void;
}) {
  const styles = useStyles();
  const { lang, s } = useLanguage();
  const groupName = useId();
  return (
    <div
      role="radiogroup"
      aria-label={s.galleryLabel}
      className={styles.gallery}
      data-testid="gallery"
    >
      {TEMPLATE_INFO.map((template) => (
        <Card
          key={template.id}
          className={mergeClasses(styles.card, template.id === chosen && styles.chosen)}
          orientation="horizontal"
          size="small"
          selected={template.id === chosen}
          onSelectionChange={(_, data) => data.selected && onChoose(template.id)}
          checkbox={{ type: "radio", name: groupName, value: template.id }}
          data-template={template.id}
        >
          <div className={styles.preview}>
            <TemplateThumbnail template={template.id} label={s.thumbnailAlt(template.name[lang])} />
          </div>
          <div className={styles.header}>
            <CardHeader
              header={<Text weight="semibold">{template.name[lang]}</Text>}
              description={
                <Caption1 className={styles.description}>{template.description[lang]}</Caption1>
              }
            />
          </div>
        </Card>
      ))}
    </div>
  );
}
