import { Field, Input, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { fold } from "../../engine/text/fold";
import type { EngineMessage } from "../../engine/messages";
import type { Finding, Severity } from "../../engine/types";
import { render } from "../../i18n";
import { useLang, useT } from "../i18n";
import { ShowMoreButton, usePaging } from "./paging";
import { useSharedStyles } from "./styles";

export interface FindingsListProps {
  findings: Finding[];
  /** Called when the user clicks a finding or presses Enter/Space on it. */
  onSelect(finding: Finding): void;
  /** Rule id → readable description, when the engine provides one. */
  ruleNames?: Record<string, EngineMessage>;
  /** The table's indicators, so a search finds a finding by the name of the indicator on its row. */
  indicators?: ReadonlyArray<{ row: number; code: string; name: string }>;
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];
/** Rendering thousands of items at once would freeze a narrow pane; show them in pages. */
const PAGE_SIZE = 200;

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  filter: { flex: "1 1 8em", minWidth: 0 },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  item: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  // The finding whose cell was selected last: tinted and framed, besides aria-current.
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 0 0 0 ${tokens.strokeWidthThin} ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  cell: { fontWeight: tokens.fontWeightSemibold },
  row: { color: tokens.colorNeutralForeground3 },
  message: { flexBasis: "100%" },
  severityHeading: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  ruleHeading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface RuleGroup {
  rule: string;
  total: number;
  items: Finding[];
}
interface SeverityGroup {
  severity: Severity;
  count: number;
  rules: RuleGroup[];
}

/** Severity → rule → findings, keeping at most `limit` findings in all. */
function groupFindings(findings: Finding[], limit: number): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  let left = limit;
  for (const severity of SEVERITIES) {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    const byRule = new Map<string, Finding[]>();
    for (const f of ofSeverity) {
      const list = byRule.get(f.rule) ?? [];
      list.push(f);
      byRule.set(f.rule, list);
    }
    const rules: RuleGroup[] = [];
    for (const [rule, all] of [...byRule.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (left <= 0) break;
      const items = [...all].sort((a, b) => a.row - b.row).slice(0, left);
      left -= items.length;
      rules.push({ rule, total: all.length, items });
    }
    groups.push({ severity, count: ofSeverity.length, rules });
  }
  return groups;
}

/** What a search looks through for each finding: cell, rule, indicator and message, folded. */
function searchTexts(
  findings: readonly Finding[],
  indicators: FindingsListProps["indicators"] = [],
): string[] {
  const names = new Map<number, string>();
  for (const i of indicators) names.set(i.row, `${i.code} ${i.name}`);
  return findings.map((f) =>
    fold(
      `${f.cell} ${f.rule} ${names.get(f.row) ?? ""} ${render(f.message, "vi")} ${render(f.message, "en")}`,
    ),
  );
}

/** Findings grouped by severity and rule, filterable; each item selects its cell. */
export function FindingsList({ findings, onSelect, ruleNames = {}, indicators }: FindingsListProps) {
  const t = useT();
  const lang = useLang();
  const shared = useSharedStyles();
  const styles = useStyles();
  const headingId = useId();
  const [severity, setSeverity] = useState<Severity | "all">("all");
  const [rule, setRule] = useState<string>("all");
  const [text, setText] = useState("");
  // By identity: a new report holds new findings, so nothing stays marked after a re-check.
  const [selected, setSelected] = useState<Finding | null>(null);

  const ruleLabel = (id: string) => (ruleNames[id] ? `${render(ruleNames[id], lang)} (${id})` : id);
  const ruleIds = useMemo(() => [...new Set(findings.map((f) => f.rule))].sort(), [findings]);

  const searching = text.trim() !== "";
  // Built at the first search, not with the report (rendering every message in both languages
  // would hold up a large table's first paint), then once per report.
  const searchable = useMemo(
    () => (searching ? searchTexts(findings, indicators) : null),
    [findings, indicators, searching],
  );
  const filtered = useMemo(() => {
    const needle = fold(text);
    return findings.filter(
      (f, index) =>
        (severity === "all" || f.severity === severity) &&
        (rule === "all" || f.rule === rule) &&
        (needle === "" || searchable === null || searchable[index].includes(needle)),
    );
  }, [findings, searchable, severity, rule, text]);
  // A new report or other filters start again at the first page.
  const { limit, showMore } = usePaging(PAGE_SIZE, filtered);
  const groups = useMemo(() => groupFindings(filtered, limit), [filtered, limit]);
  const shown = Math.min(limit, filtered.length);

  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading}>
        {t("pane/findings-heading", { count: findings.length })}
      </h2>
      {findings.length === 0 ? (
        <p>{t("findings/none")}</p>
      ) : (
        <>
          <div className={styles.filters} role="search">
            <Field label={t("finding/severity")} className={styles.filter}>
              <Select value={severity} onChange={(_, data) => setSeverity(data.value as Severity | "all")}>
                <option value="all">{t("pane/all")}</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t(`severity/${s}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("finding/rule")} className={styles.filter}>
              <Select value={rule} onChange={(_, data) => setRule(data.value)}>
                <option value="all">{t("pane/all")}</option>
                {ruleIds.map((id) => (
                  <option key={id} value={id}>
                    {ruleLabel(id)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t("pane/text-filter")} className={styles.filter}>
              <Input type="search" value={text} onChange={(_, data) => setText(data.value)} />
            </Field>
          </div>
          <p
            role="status"
            aria-live="polite"
            className={shown === findings.length ? shared.visuallyHidden : undefined}
          >
            {filtered.length === findings.length
              ? t("pane/findings-shown", { shown, total: findings.length })
              : t("pane/findings-matching", { shown, matching: filtered.length, total: findings.length })}
          </p>
          {filtered.length === 0 && <p>{t("pane/no-findings-match")}</p>}
          {groups.map((group) => (
            <section
              key={group.severity}
              aria-label={t("pane/severity-group", {
                severity: t(`severity/${group.severity}`),
                count: group.count,
              })}
            >
              <h3 className={styles.severityHeading}>
                {t("pane/severity-group", { severity: t(`severity/${group.severity}`), count: group.count })}
              </h3>
              {group.rules.map((ruleGroup) => (
                <div key={ruleGroup.rule}>
                  <h4 className={styles.ruleHeading}>
                    {t("pane/rule-group", { rule: ruleLabel(ruleGroup.rule), count: ruleGroup.total })}
                  </h4>
                  <ul className={styles.list}>
                    {ruleGroup.items.map((f, index) => (
                      <li key={`${f.cell}-${index}`}>
                        <button
                          type="button"
                          className={mergeClasses(
                            styles.item,
                            styles[f.severity],
                            f === selected && styles.selected,
                          )}
                          aria-current={f === selected ? "true" : undefined}
                          onClick={() => {
                            setSelected(f);
                            onSelect(f);
                          }}
                          title={t("pane/finding-action", { cell: f.cell })}
                        >
                          <span className={styles.cell}>{f.cell}</span>
                          <span className={styles.row}>{t("place/row", { row: f.row })}</span>
                          <span className={shared.visuallyHidden}>{t(`severity/${f.severity}`)}</span>
                          <span className={styles.message}>{render(f.message, lang)}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
          <ShowMoreButton shown={shown} total={filtered.length} onShowMore={showMore} />
        </>
      )}
    </section>
  );
}
