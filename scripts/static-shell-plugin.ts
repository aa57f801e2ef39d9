import { runnerImport, type Plugin } from 'vite';

/** Paths (under the base) whose page is not drawn inside the layout: the shell must not show there. */
type Options = { shellModule: string; placeholder: string; bareRoutes: readonly string[] };

/**
 * Writes the page's frame (src/app/static-shell.tsx) into index.html's #root at build time, so the
 * first paint needs only the HTML and the stylesheet. On a route that has no frame (the presenter
 * window), an inline script removes it before the first paint. Nothing changes in dev.
 */
export function staticShell(options: Options): Plugin {
  let base = '/';
  let root = '';
  return {
    name: 'bedrock-explorer:static-shell',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    transformIndexHtml: {
      // After Vite's own HTML processing, which would otherwise try to bundle the shell's image.
      order: 'post',
      async handler(html) {
        const slot = `${options.placeholder}</div>`;
        if (!html.includes(slot)) throw new Error(`static-shell: index.html has no ${slot} (the end of #root)`);
        const { module } = await runnerImport<{ renderStaticShell: () => string }>(options.shellModule, {
          configFile: false,
          root,
          base,
          logLevel: 'error',
        });
        const shell = module.renderStaticShell();
        const bare = options.bareRoutes.map((r) => `${base}${r.replace(/^\//, '')}`);
        const script =
          `<script>(function(){var p=location.pathname.replace(/\\/+$/,'');` +
          `if(${JSON.stringify(bare)}.indexOf(p)>=0)document.getElementById('root').textContent=''})()</script>`;
        return html.replace(slot, `${shell}</div>${script}`);
      },
    },
  };
}
