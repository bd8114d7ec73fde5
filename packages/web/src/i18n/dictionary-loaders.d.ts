// Made by build/dictionary-sections.ts.
declare module 'virtual:dictionary/loaders' {
  type Part = () => Promise<{ default: Record<string, unknown> }>;
  // An ambient module cannot import a relative path at its top; the inline type import is the only way.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  type Group = 'main' | import('./page-texts.ts').PageTexts;
  const loaders: Record<'nl' | 'en', Record<Group, Part>>;
  export default loaders;
}
