import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { fold } from "../../engine/text/fold";
import type { EvaluatedIndicator, Polarity } from "../../engine/types";
import { render } from "../../i18n";
import { useLang, useT } from "../i18n";
import { useSharedStyles } from "./styles";

export interface PolarityEditorProps {
  indicators: EvaluatedIndicator[];
  /** 1-based row → the user's choice. */
  overrides: Record<number, Polarity>;
  onChange(row: number, polarity: Polarity): void;
}

/** Long tables would make a very long form; show a few rows and let the user search for the rest. */
const VISIBLE_ROWS = 30;

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

/** Shows the inferred direction (higher or lower is better) of each indicator row and lets the user override it. */
export function PolarityEditor({ indicators, overrides, onChange }: PolarityEditorProps) {
  const t = useT();
  const lang = useLang();
  const shared = useSharedStyles();
  const styles = useStyles();
  const [query, setQuery] = useState("");

  const searching = query.trim() !== "";
  // Folded at the first search, not when the editor opens on a long table.
  const searchable = useMemo(
    () => (searching ? indicators.map((i) => fold(`${i.code} ${i.name}`)) : null),
    [indicators, searching],
  );
  const matching = useMemo(() => {
    const needle = fold(query);
    return needle === "" || searchable === null
      ? indicators
      : indicators.filter((_, index) => searchable[index].includes(needle));
  }, [indicators, searchable, query]);
  const visible = matching.slice(0, VISIBLE_ROWS);

  return (
    <div className={shared.section}>
      <p>{t("pane/polarity-intro")}</p>
      {indicators.length > VISIBLE_ROWS && (
        <Field label={t("pane/polarity-filter-label")}>
          <Input type="search" value={query} onChange={(_, data) => setQuery(data.value)} />
        </Field>
      )}
      {matching.length > visible.length && (
        <p role="status" aria-live="polite">
          {t("pane/polarity-more", { shown: visible.length, total: matching.length })}
        </p>
      )}
      {matching.length === 0 && <p>{t("pane/polarity-none")}</p>}
      <ul className={styles.list}>
        {visible.map((indicator) => {
          const override = overrides[indicator.row];
          const value = override ?? indicator.polarity.polarity;
          const hint = override ? t("pane/polarity-overridden") : render(indicator.polarity.reason, lang);
          return (
            <li key={indicator.row}>
              <Field label={`${indicator.code ? `${indicator.code}. ` : ""}${indicator.name}`} hint={hint}>
                <Select
                  value={value}
                  aria-label={t("pane/polarity-label", { code: indicator.code, name: indicator.name })}
                  onChange={(_, data) => onChange(indicator.row, data.value as Polarity)}
                >
                  <option value="higher">{t("pane/polarity/higher")}</option>
                  <option value="lower">{t("pane/polarity/lower")}</option>
                </Select>
              </Field>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
