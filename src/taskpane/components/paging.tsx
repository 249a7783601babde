import { Button } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../i18n";

export interface Paging {
  /** How many items to render now. */
  limit: number;
  /** Render one more page. */
  showMore(): void;
}

/**
 * Long lists (findings, missed indicators) would freeze a narrow pane if rendered at once:
 * render `pageSize` items, one more page per "Show more". Back to the first page whenever
 * `resetOn` changes (new report, other filters), compared by identity.
 */
export function usePaging(pageSize: number, resetOn: unknown): Paging {
  const [state, setState] = useState({ key: resetOn, limit: pageSize });
  let limit = state.limit;
  if (!Object.is(state.key, resetOn)) {
    // Adjusting state while rendering: React re-renders at once, before painting the old page.
    limit = pageSize;
    setState({ key: resetOn, limit: pageSize });
  }
  return {
    limit,
    showMore: () => setState((s) => ({ key: s.key, limit: s.limit + pageSize })),
  };
}

export interface ShowMoreButtonProps {
  shown: number;
  total: number;
  onShowMore(): void;
}

/** "Hiện thêm (còn n)" while items are left; nothing once all are shown. */
export function ShowMoreButton({ shown, total, onShowMore }: ShowMoreButtonProps) {
  const t = useT();
  if (shown >= total) return null;
  return <Button onClick={onShowMore}>{t("pane/show-more", { remaining: total - shown })}</Button>;
}
