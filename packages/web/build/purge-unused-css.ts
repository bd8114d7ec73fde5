// Drops the NL Design System rules and design tokens the app never uses. The Utrecht packages ship
// every component and every token (~540 kB); the app uses a fraction. PurgeCSS (a well-kept library)
// decides per selector from the words in our sources. It runs as a PostCSS step on
// src/styles/design-system.css only, before Vite hashes the file name, so a changed result always
// gets a new name (the assets are cached as immutable).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PurgeCSS, standardizeSafelist } from 'purgecss';

const DESIGN_SYSTEM_CSS = `${path.sep}styles${path.sep}design-system.css`;
// Class names built at run time (`utrecht-alert--${type}`) appear in the source only as a prefix such
// as "utrecht-alert--": every class that starts with one is kept.
const CLASS_PREFIX = /^[a-z][a-z0-9_-]{4,}(?:--|__|-)$/;

interface Source {
  file: string;
  text: string;
}

function sourcesUnder(root: string): Source[] {
  const files = readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' }).map((f) =>
    path.join(root, 'src', f),
  );
  return [...files, path.join(root, 'index.html')]
    .filter((file) => /\.(tsx?|html|css)$/.test(file) && !file.endsWith(DESIGN_SYSTEM_CSS))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

/** PostCSS plugin (Vite `css.postcss.plugins`); `root` is the web package's directory. */
export function purgeUnusedCss(root: string) {
  return {
    postcssPlugin: 'weerbaar-purge-unused-css',
    // postcss's own types are not a dependency of the web package; this is its Root node.
    async OnceExit(css: Parameters<PurgeCSS['walkThroughCSS']>[0]) {
      if (!css.source?.input.file?.endsWith(DESIGN_SYSTEM_CSS)) return;
      const sources = sourcesUnder(root);
      const code = sources.filter((s) => !s.file.endsWith('.css')).map((s) => s.text);
      const words = new Set(code.join('\n').match(/[A-Za-z0-9_-]+/g) ?? []);
      const prefixes = [...words].filter((w) => CLASS_PREFIX.test(w)).map((w) => new RegExp(`^${w}`));
      // Tokens our own style sheets use must stay, though they are not in this file.
      const ownVariables = sources
        .filter((s) => s.file.endsWith('.css'))
        .flatMap((s) => [...s.text.matchAll(/var\((--[A-Za-z0-9_-]+)/g)].map((m) => m[1]!));
      const purge = new PurgeCSS();
      purge.options = {
        ...purge.options,
        variables: true,
        keyframes: true,
        fontFace: true,
        safelist: standardizeSafelist({ standard: [], greedy: prefixes, variables: ownVariables }),
      };
      purge.variablesStructure.safelist = ownVariables;
      const selectors = await purge.extractSelectorsFromString(
        code.map((raw) => ({ raw, extension: 'tsx' })),
        purge.options.extractors,
      );
      purge.walkThroughCSS(css, selectors);
      purge.removeUnusedFontFaces();
      purge.removeUnusedKeyframes();
      purge.removeUnusedCSSVariables();
    },
  };
}
