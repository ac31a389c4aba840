/**
 * The alias text indexed beside a glossary term: the term's other forms, in
 * every language, in parentheses. The index writes it (rehype-glossary) and
 * the search box keeps it out of excerpts; both build it here from the same
 * groups of forms, one group per glossary entry, so the search bundle
 * carries each form once, not once per alias text.
 */

/** An alias text indexed beside a use of a glossary term, and `form`, the term as the page writes it there. */
export interface IndexedAlias {
  alias: string;
  form: string;
}

/** The alias text beside `form`: the group's other forms. */
export function aliasText(group: readonly string[], form: string): string {
  return `(${group.filter((other) => other !== form).join(', ')})`;
}

/** Every alias text the groups can put in the index, with the form it stands beside. */
export function indexedAliases(groups: readonly (readonly string[])[]): IndexedAlias[] {
  return groups.flatMap((group) => group.map((form) => ({ alias: aliasText(group, form), form })));
}
