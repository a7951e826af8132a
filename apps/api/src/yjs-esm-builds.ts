import { registerHooks } from 'node:module';

/**
 * The API is compiled to CommonJS, so `require` would load the CommonJS builds of Yjs, lib0, y-protocols
 * and Hocuspocus. Those bundles reach every lib0 function through a namespace getter (rollup's and
 * rolldown's interop), which costs a getter call and a megamorphic property load on each of the many
 * encoder and decoder calls per update. This hook makes `require` resolve them to their ES module builds,
 * as `import` does (Node 24 loads an ES module through `require`): with 50 editors on one document the
 * notes server spent 10–25% less CPU per delivered update (bench/notes-sync). Every user of Yjs in the
 * process — Hocuspocus, the Tiptap Yjs binding, the API — then shares that one Yjs instance. Tests under
 * jest keep the CommonJS builds (jest resolves modules itself); both builds are the same code. Tiptap and
 * ProseMirror stay CommonJS: an ES module copy of one of them beside the CommonJS copy the notes schema
 * loads would be a second, incompatible set of classes.
 *
 * It must be the API's first import.
 */
const ESM_BUILDS =
  /^(?:yjs|lib0|y-protocols|@hocuspocus\/(?:server|common|extension-redis))(?:\/|$)/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!ESM_BUILDS.test(specifier) || !context.conditions.includes('require'))
      return nextResolve(specifier, context);
    const conditions = context.conditions.map((condition) =>
      condition === 'require' ? 'import' : condition,
    );
    return nextResolve(specifier, { ...context, conditions });
  },
});
