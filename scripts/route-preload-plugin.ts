import type { HtmlTagDescriptor, Plugin } from 'vite';

type Options = {
  /** Route path → the module that draws it, relative to the project root (src/app/route-modules.ts). */
  routes: Readonly<Record<string, string>>;
  /** Routes that read a data file before they can show anything, and that file's path under the base. */
  dataRoutes: readonly string[];
  dataFile: string;
};

type ChunkLike = { type: 'chunk'; fileName: string; facadeModuleId: string | null; imports: string[]; isEntry: boolean; viteMetadata?: { importedCss: Set<string> } };

/**
 * Without help, a route's code starts downloading only after the entry script has arrived and run,
 * and its data only after the route's code has run: three round trips one after another. This adds
 * a small inline script to index.html that, for the address being opened, asks for the
 * route's chunks (modulepreload) and, where the route needs it, the catalog (preload as fetch, the
 * same request the app makes later), as soon as the page has painted its frame (index.html carries
 * it, scripts/static-shell-plugin.ts). Other routes are not touched; nothing runs in dev.
 */
export function routePreload(options: Options): Plugin {
  let base = '/';
  let root = '';
  return {
    name: 'bedrock-explorer:route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c): c is ChunkLike & (typeof bundle)[string] => c.type === 'chunk') as unknown as ChunkLike[];
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const entry = chunks.find((c) => c.isEntry && c.fileName === ctx.chunk?.fileName) ?? chunks.find((c) => c.isEntry);
        // What the entry already loads needs no hint.
        const loaded = new Set<string>();
        const walk = (file: string, into: Set<string>) => {
          if (into.has(file) || loaded.has(file)) return;
          into.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) walk(dep, into);
        };
        if (entry) walk(entry.fileName, loaded);
        const plan: Record<string, { js: string[]; css: string[] }> = {};
        for (const [path, module] of Object.entries(options.routes)) {
          const id = `${root}/${module}`.replace(/\/+/g, '/');
          const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\/+/g, '/') === id);
          if (!chunk) throw new Error(`route-preload: no chunk for ${path} (${module}); is it still lazy-loaded in app.tsx?`);
          const files = new Set<string>();
          walk(chunk.fileName, files);
          const css = new Set<string>();
          for (const f of files) for (const c of byFile.get(f)?.viteMetadata?.importedCss ?? []) css.add(c);
          plan[path] = { js: [...files], css: [...css] };
        }
        const script = `(function(){var b=${JSON.stringify(base)},r=${JSON.stringify(plan)},d=${JSON.stringify(options.dataRoutes)},p=location.pathname;` +
          `if(p.indexOf(b)===0)p='/'+p.slice(b.length);p=p.replace(/\\/+$/,'')||'/';var x=r[p];if(!x)return;` +
          `function l(rel,h,as){var e=document.createElement('link');e.rel=rel;e.href=b+h;if(as)e.as=as;if(as==='fetch')e.crossOrigin='anonymous';document.head.appendChild(e)}` +
          `function go(){x.js.forEach(function(h){l('modulepreload',h)});x.css.forEach(function(h){l('preload',h,'style')});` +
          `if(d.indexOf(p)>=0)l('preload',${JSON.stringify(options.dataFile)},'fetch')}` +
          // After the first paint (a frame, then a task): on a slow link the route's code would
          // otherwise share the bandwidth with the stylesheet the first paint waits for.
          `if(window.requestAnimationFrame)requestAnimationFrame(function(){setTimeout(go,0)});else go()})()`;
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
  };
}
