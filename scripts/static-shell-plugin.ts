import { runnerImport, type Plugin } from 'vite';

/**
 * shellModule renders the frame for a route; routes are the paths (relative to the base) whose frame
 * differs from the root's (their own title and lead, their navigation item marked); bareRoutes are
 * drawn without the frame (the presenter window).
 */
type Options = { shellModule: string; placeholder: string; routes: readonly string[]; bareRoutes: readonly string[] };

/**
 * Writes the page's frame (src/app/static-shell.tsx) into index.html's #root at build time, so the
 * first paint needs only the HTML and the stylesheet. index.html is served for every route, so it
 * holds the root's frame as HTML and every other route's as a string: an inline script right after
 * #root puts the opened route's frame in place (or removes the frame on a bare route) before the
 * first paint. Nothing changes in dev.
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
        const { module } = await runnerImport<{ renderStaticShell: (path?: string) => string }>(options.shellModule, {
          configFile: false,
          root,
          base,
          logLevel: 'error',
        });
        const shell = module.renderStaticShell('/');
        const shells: Record<string, string> = {};
        for (const route of options.routes) if (route !== '/' && !options.bareRoutes.includes(route)) shells[route] = module.renderStaticShell(route);
        // `</` inside a script's string would end the script: JSON with `<` escaped.
        const json = JSON.stringify(shells).replace(/</g, '\\u003c');
        const script =
          `<script>(function(){var b=${JSON.stringify(base)},s=${json},n=${JSON.stringify(options.bareRoutes)},p=location.pathname;` +
          `if(p.indexOf(b)===0)p='/'+p.slice(b.length);p=p.replace(/\\/+$/,'')||'/';var r=document.getElementById('root');` +
          `if(n.indexOf(p)>=0)r.textContent='';else if(s[p])r.innerHTML=s[p]})()</script>`;
        return html.replace(slot, `${shell}</div>${script}`);
      },
    },
  };
}
