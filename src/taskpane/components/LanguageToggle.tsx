import { Button } from "@fluentui/react-components";
import type { Lang } from "../../engine/types";
import { translator } from "../i18n";

/**
 * One small button that switches to the other language, named in that language ("English" /
 * "Tiếng Việt") so a reader of either finds it; always at the top, also once a file is open.
 */
export function LanguageToggle({ lang, onChange }: { lang: Lang; onChange(next: Lang): void }) {
  const other: Lang = lang === "vi" ? "en" : "vi";
  const inOther = translator(other);
  return (
    <Button
      size="small"
      appearance="subtle"
      lang={other}
      onClick={() => onChange(other)}
      aria-label={inOther("language/switch", { language: inOther(`language/${other}`) })}
    >
      {inOther(`language/${other}`)}
    </Button>
  );
}
