// `npm run manifest`: custom-elements.json from the source's JSDoc, pointing at the files the
// package ships (dist/*.js), plus the editors' tag data made from it: VS Code custom data and
// JetBrains web-types, so attributes and their values autocomplete in HTML files.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/** `src/a/b.ts` or `/src/a/b.js` → `dist/a/b.js`: the module a consumer actually imports. */
const shipped = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

function pointAtShippedFiles() {
  return {
    name: 'sen-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = shipped(module.path);
        for (const item of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
          for (const ref of [item.declaration, item.superclass, item.inheritedFrom]) {
            if (ref?.module) ref.module = shipped(ref.module);
          }
          for (const member of [...(item.members ?? []), ...(item.attributes ?? [])]) {
            if (member.inheritedFrom?.module) member.inheritedFrom.module = shipped(member.inheritedFrom.module);
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/bundles/**', 'src/loader/**', 'src/shared/trusted-types-guard.ts'],
  litelement: true,
  plugins: [
    pointAtShippedFiles(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', fileName: 'web-types.json', excludeCss: false }),
  ],
};
