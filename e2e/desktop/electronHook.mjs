// A module resolve hook: the built app's `import … from 'electron'` gets the fake instead.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: new URL('./fakeElectronModule.mjs', import.meta.url).href, shortCircuit: true };
  return nextResolve(specifier, context);
}
