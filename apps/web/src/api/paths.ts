/** Builds an API path from literal segments and encoded values: path`/networks/${id}/members`. */
export function path(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  return strings.reduce(
    (built, part, index) =>
      built + part + (index < values.length ? encodeURIComponent(String(values[index])) : ''),
    '',
  );
}
