/**
 * Lit asks for a Trusted Types policy named `lit-html` when its module runs. On a page whose CSP
 * allows that name once (`trusted-types lit-html`, without 'allow-duplicates'), a second copy of
 * the library (pasted twice, two versions, or the CDN loader's widgets and the one file together)
 * would throw "Policy with name lit-html already exists" and break the page's second copy.
 *
 * Every script-tag build runs this before Lit: the first copy's policy is remembered, and a later
 * request for `lit-html` gets the same policy instead of an error. Lit's policy only passes its
 * own template strings through, so sharing it grants nothing new. Other names are untouched.
 */
interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

const remembered = Symbol.for('sen-widgets.lit-html-policy');
const factory = (globalThis as { trustedTypes?: PolicyFactory & { [remembered]?: unknown } }).trustedTypes;

if (factory && !(remembered in factory)) {
  const createPolicy = factory.createPolicy.bind(factory);
  factory[remembered] = undefined;
  factory.createPolicy = (name, rules) => {
    if (name !== 'lit-html') return createPolicy(name, rules);
    return (factory[remembered] ??= createPolicy(name, rules));
  };
}
