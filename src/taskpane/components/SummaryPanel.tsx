import {
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { groupLabel } from "../../app/group-label";
import { useId, useState } from "react";
import type { CountPair, Counts, GroupSummary, Summary } from "../../engine/types";
import { render } from "../../i18n";
import { useLang, useT, type Translate } from "../i18n";
import { ShowMoreButton, usePaging } from "./paging";
import { useSharedStyles } from "./styles";

export interface SummaryPanelProps {
  summary: Summary;
  /** False when the table has no Đánh giá column: there are no reported counts to compare with. */
  showReported?: boolean;
  /** A new term's table (no actual column): what it holds, not an all-zero assessment. */
  targetOnly?: boolean;
}

type CountKey = keyof Counts;
const COUNT_ROWS: CountKey[] = ["total", "exceeded", "achieved", "missed", "unassessed"];
const CHART_STATUSES = ["exceeded", "achieved", "missed"] as const;
/**
 * What is counted: indicators (per TT, an indicator with sub-rows counted once by its worst
 * sub-row, as report sentences count) or every indicator row, sub-rows included.
 */
type CountUnit = keyof CountPair;
const COUNT_UNITS: CountUnit[] = ["indicators", "rows"];
/** A long table can miss tens of thousands of indicators; list them a page at a time. */
const MISSED_PAGE_SIZE = 50;

const useStyles = makeStyles({
  sentence: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
  },
  chart: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  chartGroup: { margin: 0, padding: 0, listStyleType: "none" },
  barRow: {
    display: "grid",
    gridTemplateColumns: "minmax(4.5em, 30%) 1fr 2.5em",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
  track: {
    height: "0.75em",
    backgroundColor: tokens.colorNeutralBackground4,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: { height: "100%", borderRadius: tokens.borderRadiusSmall, minWidth: "1px" },
  exceeded: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  achieved: { backgroundColor: tokens.colorBrandBackground },
  missed: { backgroundColor: tokens.colorPaletteRedBackground3 },
  count: { textAlign: "right" },
  legend: { margin: 0, fontSize: tokens.fontSizeBase200 },
  // Two short radios side by side; they wrap under each other rather than widen a 320 px pane.
  units: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

function groupName(group: GroupSummary, t: Translate): string {
  return groupLabel(group) || t("group/none");
}

/**
 * Counts computed vs. reported (per indicator or per row), the report sentence, per-group counts,
 * missed indicators and a bar chart.
 */
export function SummaryPanel({ summary, showReported = true, targetOnly = false }: SummaryPanelProps) {
  if (targetOnly) return <TargetOnlySummary summary={summary} />;
  return <AssessedSummary summary={summary} showReported={showReported} />;
}

/** The targets a new term's table holds, by group. */
function TargetOnlySummary({ summary }: { summary: Summary }) {
  const t = useT();
  const shared = useSharedStyles();
  const headingId = useId();
  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading}>
        {t("summary-sheet/name")}
      </h2>
      <MessageBar intent="info">
        <MessageBarBody>
          {t("pane/target-only-notice", { count: summary.computed.indicators.total })}
        </MessageBarBody>
      </MessageBar>
      {summary.groups.length > 0 && (
        <table className={shared.table}>
          <caption className={shared.subheading}>{t("pane/targets-by-group-heading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("count/group")}</th>
              <th scope="col">{t("pane/targets-column")}</th>
            </tr>
          </thead>
          <tbody>
            {summary.groups.map((group, index) => (
              <tr key={`${group.code ?? ""}-${index}`}>
                <th scope="row">{groupName(group, t)}</th>
                <td>{group.computed.indicators.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function AssessedSummary({ summary, showReported }: { summary: Summary; showReported: boolean }) {
  const t = useT();
  const lang = useLang();
  const shared = useSharedStyles();
  const styles = useStyles();
  const headingId = useId();
  const chartId = useId();
  const missed = usePaging(MISSED_PAGE_SIZE, summary.missed);
  const missedShown = Math.min(missed.limit, summary.missed.length);
  const [unit, setUnit] = useState<CountUnit>("indicators");
  const computed = summary.computed[unit];
  const reported = summary.reported[unit];
  const max = Math.max(
    1,
    ...summary.groups.flatMap((g) => CHART_STATUSES.map((status) => g.computed[unit][status])),
  );
  const chartBar = unit === "rows" ? "pane/chart-rows-bar" : "pane/chart-bar";
  const anyDiffers =
    showReported &&
    (COUNT_ROWS.some((key) => computed[key] !== reported[key]) ||
      summary.groups.some((g) => CHART_STATUSES.some((s) => g.computed[unit][s] !== g.reported[unit][s])));

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading}>
        {t("summary-sheet/name")}
      </h2>
      <p className={styles.sentence} data-testid="summary-sentence">
        {render(summary.sentence, lang)}
      </p>

      <Field label={t("pane/count-unit-label")}>
        <RadioGroup
          layout="horizontal"
          className={styles.units}
          value={unit}
          onChange={(_, data) => setUnit(data.value as CountUnit)}
        >
          {COUNT_UNITS.map((u) => (
            <Radio key={u} value={u} label={t(`pane/count-unit/${u}`)} />
          ))}
        </RadioGroup>
      </Field>

      <table className={shared.table}>
        <caption className={shared.subheading}>
          {unit === "rows" ? t("pane/counts-rows-heading") : t("pane/counts-heading")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("pane/count-column")}</th>
            <th scope="col">{t("count/computed")}</th>
            {showReported && <th scope="col">{t("count/reported")}</th>}
          </tr>
        </thead>
        <tbody>
          {COUNT_ROWS.map((key) => {
            const differs = showReported && computed[key] !== reported[key];
            return (
              <tr key={key}>
                <th scope="row">{t(`status/${key}`)}</th>
                <td className={differs ? shared.mismatch : undefined}>
                  {computed[key]}
                  {differs && <span className={shared.visuallyHidden}> ({t("pane/mismatch")})</span>}
                </td>
                {showReported && <td>{reported[key]}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>

      {anyDiffers && (
        <p className={styles.legend} data-testid="mismatch-legend">
          <span className={shared.mismatch}>{t("pane/legend-sample")}</span>
          {t("pane/legend-mismatch")}
        </p>
      )}

      {summary.groups.length > 0 && (
        <table className={shared.table}>
          <caption className={shared.subheading}>{t("pane/groups-heading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("count/group")}</th>
              {CHART_STATUSES.map((status) => (
                <th scope="col" key={status}>
                  {t(`status/${status}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.groups.map((group, index) => (
              <tr key={`${group.code ?? ""}-${index}`}>
                <th scope="row">{groupName(group, t)}</th>
                {CHART_STATUSES.map((status) => {
                  const c = group.computed[unit][status];
                  const r = showReported ? group.reported[unit][status] : c;
                  return (
                    <td key={status} className={c !== r ? shared.mismatch : undefined}>
                      {t("pane/group-cell", { computed: c, reported: r })}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 className={shared.subheading}>{t("missed/heading")}</h3>
      {summary.missed.length === 0 ? (
        <p>{t("missed/none")}</p>
      ) : (
        <>
          <ul className={shared.plainList} aria-label={t("missed/heading")}>
            {summary.missed.slice(0, missedShown).map((m) => (
              <li key={`${m.row}-${m.code}`}>
                {t("pane/missed-item", {
                  code: m.code,
                  name:
                    m.indicator === undefined
                      ? m.name
                      : t("missed/sub-row-name", { indicator: m.indicator, name: m.name }),
                  row: m.row,
                })}
              </li>
            ))}
          </ul>
          <p
            role="status"
            aria-live="polite"
            className={missedShown === summary.missed.length ? shared.visuallyHidden : undefined}
          >
            {t("pane/missed-shown", { shown: missedShown, total: summary.missed.length })}
          </p>
          <ShowMoreButton shown={missedShown} total={summary.missed.length} onShowMore={missed.showMore} />
        </>
      )}

      {summary.groups.length > 0 && (
        <figure className={styles.chart} aria-labelledby={chartId}>
          <figcaption id={chartId} className={shared.subheading}>
            {unit === "rows" ? t("pane/chart-rows-heading") : t("pane/chart-heading")}
          </figcaption>
          {summary.groups.map((group, index) => {
            const name = groupName(group, t);
            const nameId = `${chartId}-${index}`;
            return (
              <div key={`${group.code ?? ""}-${index}`}>
                <p id={nameId} className={shared.subheading}>
                  {name}
                </p>
                <ul className={styles.chartGroup} aria-labelledby={nameId}>
                  {CHART_STATUSES.map((status) => {
                    const n = group.computed[unit][status];
                    return (
                      <li key={status} className={styles.barRow}>
                        <span className={shared.visuallyHidden}>
                          {t(chartBar, { group: name, status: t(`status/${status}`), count: n })}
                        </span>
                        <span aria-hidden="true">{t(`status/${status}`)}</span>
                        <span className={styles.track} aria-hidden="true">
                          <span
                            className={mergeClasses(styles.bar, styles[status])}
                            style={{ display: "block", width: `${(n / max) * 100}%` }}
                            data-testid={`bar-${group.code ?? index}-${status}`}
                          />
                        </span>
                        <span className={styles.count} aria-hidden="true">
                          {n}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </figure>
      )}
    </section>
  );
}
