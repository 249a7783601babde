import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { columnLetter } from "../../engine/grid";
import {
  COLUMN_ROLES,
  type DetectedTable,
  type EvaluatedIndicator,
  type ExplicitMapping,
  type NumberConvention,
  type Polarity,
} from "../../engine/types";
import { render } from "../../i18n";
import { capitalized, useLang, useT } from "../i18n";
import { MappingEditor } from "./MappingEditor";
import { PolarityEditor } from "./PolarityEditor";
import { useSharedStyles } from "./styles";

export interface DetectedTableViewProps {
  /** The table shown, or null when the sheet has none (only the mapping editor is offered). */
  table: DetectedTable | null;
  convention?: NumberConvention;
  indicators: EvaluatedIndicator[];
  /** The mapping saved for this sheet, if any. */
  mapping: ExplicitMapping | undefined;
  polarityOverrides: Record<number, Polarity>;
  onSaveMapping(mapping: ExplicitMapping): void;
  onClearMapping(): void;
  onPolarityChange(row: number, polarity: Polarity): void;
  busy?: boolean;
}

const useStyles = makeStyles({
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/** Where the table is, its header rows and which column plays which role; with the editors to correct them. */
export function DetectedTableView(props: DetectedTableViewProps) {
  const { table, convention, indicators, mapping, polarityOverrides, busy } = props;
  const t = useT();
  const lang = useLang();
  const shared = useSharedStyles();
  const styles = useStyles();
  const headingId = useId();
  const columnsId = useId();
  const choicesId = useId();

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading}>
        {table ? t("pane/detected-heading") : t("pane/detected-heading-none")}
      </h2>
      {mapping && (
        <MessageBar intent="info">
          <MessageBarBody>{t("pane/mapping-in-use")}</MessageBarBody>
        </MessageBar>
      )}
      {table && (
        <>
          {table.title && <p className={styles.title}>{table.title}</p>}
          <p className={styles.value}>
            {t("pane/table-rows", { first: table.firstRow, last: table.lastRow })}
          </p>
          <p className={styles.value}>{t("pane/header-rows", { rows: table.headerRows })}</p>
          <p className={styles.value}>
            {t("pane/ended-by-label")}: {t(`pane/ended-by/${table.endedBy}`)}
          </p>
          {convention && (
            <p className={styles.value}>
              {t("pane/convention-label")}: {t(`pane/convention/${convention}`)}
            </p>
          )}
          {table.targetOnly && <p className={styles.value}>{capitalized(t("table/target-only"))}</p>}
          <h3 id={columnsId} className={shared.subheading}>
            {t("pane/columns-heading")}
          </h3>
          <dl className={styles.facts} aria-labelledby={columnsId}>
            {COLUMN_ROLES.map((role) => {
              const index = table.columns[role];
              return (
                <div key={role} style={{ display: "contents" }}>
                  <dt className={styles.term}>{t(`role/${role}`)}</dt>
                  <dd className={styles.value} data-testid={`role-${role}`}>
                    {index === undefined ? t("pane/role-missing") : columnLetter(index)}
                  </dd>
                </div>
              );
            })}
          </dl>
          {table.columnChoices && table.columnChoices.length > 0 && (
            <>
              <h3 id={choicesId} className={shared.subheading}>
                {t("pane/column-choices-heading")}
              </h3>
              <ul className={shared.plainList} aria-labelledby={choicesId}>
                {table.columnChoices.map((choice) => (
                  <li key={choice.role}>{render(choice.reason, lang)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <Accordion collapsible multiple defaultOpenItems={table ? [] : ["mapping"]}>
        <AccordionItem value="mapping">
          <AccordionHeader as="h3">{t("pane/mapping-heading")}</AccordionHeader>
          <AccordionPanel>
            <MappingEditor
              mapping={mapping}
              table={table}
              onSave={props.onSaveMapping}
              onClear={props.onClearMapping}
              busy={busy}
            />
          </AccordionPanel>
        </AccordionItem>
        {indicators.length > 0 && (
          <AccordionItem value="polarity">
            <AccordionHeader as="h3">{t("pane/polarity-heading")}</AccordionHeader>
            <AccordionPanel>
              <PolarityEditor
                indicators={indicators}
                overrides={polarityOverrides}
                onChange={props.onPolarityChange}
              />
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </section>
  );
}
