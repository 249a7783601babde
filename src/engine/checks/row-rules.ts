/**
 * Checks that read one indicator row at a time run together, in one pass over the rows: a
 * row's objects are then fetched from memory once rather than once per check, which on a long
 * table costs more than the checks themselves. Each check still runs alone, with the same
 * findings, through its `check`.
 */
import type { Rule, RuleContext } from "./rule";
import type { IndicatorUnit } from "../evaluate/units";
import type { EvaluatedIndicator, Finding } from "../types";

/** Looks at one row (with the indicator, TT, it belongs to) and adds its findings. */
export type RowChecker = (ind: EvaluatedIndicator, unit: IndicatorUnit) => void;

export interface RowRule extends Rule {
  /**
   * Set up for one table: the returned checker is called with every row in order and adds its
   * findings to `out`. Null when the check has nothing to look at in this table.
   */
  rowChecker(context: RuleContext, out: Finding[]): RowChecker | null;
}

function isRowRule(rule: Rule): rule is RowRule {
  return "rowChecker" in rule;
}

function visitRows(context: RuleContext, checkers: readonly RowChecker[]): void {
  if (checkers.length === 0) return;
  const { indicators, units } = context;
  for (let kUnit = 0; kUnit < units.length; kUnit++) {
    const unit = units[kUnit];
    for (let kInd = unit.first; kInd < unit.end; kInd++) {
      const ind = indicators[kInd];
      for (let k = 0; k < checkers.length; k++) checkers[k](ind, unit);
    }
  }
}

/** One row check on its own: `check` of a RowRule. */
export function checkAlone(rule: RowRule, context: RuleContext): Finding[] {
  const out: Finding[] = [];
  const checker = rule.rowChecker(context, out);
  if (checker) visitRows(context, [checker]);
  return out;
}

/** Every rule's findings, rule after rule (each rule's as its `check` lists them). */
export function runRules(
  rules: readonly Rule[],
  context: RuleContext,
  disabled: ReadonlySet<string>,
): Finding[] {
  const perRule: Finding[][] = [];
  const checkers: RowChecker[] = [];
  for (let kRule = 0; kRule < rules.length; kRule++) {
    const rule = rules[kRule];
    if (disabled.has(rule.id)) continue;
    if (isRowRule(rule)) {
      const out: Finding[] = [];
      const checker = rule.rowChecker(context, out);
      if (checker) checkers.push(checker);
      perRule.push(out);
    } else perRule.push(rule.check(context));
  }
  visitRows(context, checkers);
  return concatenate(perRule);
}

/**
 * The lists one after the other, in a list made at its final length. When only one list has
 * anything (often a single check speaks on a long table), that list itself.
 */
function concatenate(lists: readonly Finding[][]): Finding[] {
  let total = 0;
  let nonEmpty = 0;
  let last: Finding[] = [];
  for (let kList = 0; kList < lists.length; kList++) {
    const list = lists[kList];
    total += list.length;
    if (list.length > 0) {
      nonEmpty++;
      last = list;
    }
  }
  if (nonEmpty <= 1) return last;
  const all = new Array<Finding>(total);
  let kAll = 0;
  // A loop, not push(...): a rule can return more findings than a call can take as arguments.
  for (let kList = 0; kList < lists.length; kList++) {
    const list = lists[kList];
    for (let k = 0; k < list.length; k++) all[kAll++] = list[k];
  }
  return all;
}
