import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { dictionaries, languages } from '../../main/resources/META-INF/resources/editor/js/i18n.js';
import { QUALIFIERS } from '../../main/resources/META-INF/resources/editor/js/quantities.js';
import {
    ARTICLE_STATUSES, EVIDENCE_TYPES, STATUSES
} from '../../main/resources/META-INF/resources/editor/js/workflow.js';

const SOURCES = fileURLToPath(new URL('../../main/resources/META-INF/resources/editor/js/', import.meta.url));

/** Keys built at run time as `<family>.${value}`, with the values each family takes. */
const FAMILIES = {
    status: STATUSES, evidence: EVIDENCE_TYPES, qualifier: QUALIFIERS, articleStatus: ARTICLE_STATUSES
};

/** Literals in the sources shaped like keys that name the API's event types; some are keys as well. */
const EVENT_TYPES = ['claim.statusChanged', 'claim.approved', 'claim.created', 'claim.updated',
    'claim.anchorChanged', 'claim.withdrawn'];

function sourceFiles(directory) {
    return readdirSync(directory, { withFileTypes: true }).flatMap(entry => {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) {
            return entry.name === 'i18n' ? [] : sourceFiles(path);
        }
        return entry.name.endsWith('.js') ? [path] : [];
    });
}

const source = sourceFiles(SOURCES).map(path => readFileSync(path, 'utf8')).join('\n');
const namespaces = new Set(languages.flatMap(code => Object.keys(dictionaries[code]))
    .map(key => key.split('.')[0]));
const literalKeys = new Set([...source.matchAll(/'([a-z][A-Za-z]*\.[A-Za-z_]+)'/g)].map(match => match[1])
    .filter(literal => namespaces.has(literal.split('.')[0])));
const builtFamilies = new Set([...source.matchAll(/`([a-z][A-Za-z]*)\.\$\{/g)].map(match => match[1]));
const placeholders = entry => new Set([typeof entry === 'string' ? entry : Object.values(entry).join(' ')]
    .flatMap(text => [...text.matchAll(/\{(\w+)\}/g)].map(match => match[1])));

describe('the dictionaries', () => {
    test('have the same keys in every language', () => {
        const [first, ...others] = languages;
        for (const code of others) {
            assert.deepEqual(Object.keys(dictionaries[code]).sort(), Object.keys(dictionaries[first]).sort(), code);
        }
    });

    test('use the same placeholders for a key in every language', () => {
        for (const key of Object.keys(dictionaries.en)) {
            for (const code of languages) {
                assert.deepEqual(placeholders(dictionaries[code][key]), placeholders(dictionaries.en[key]),
                    `${code} ${key}`);
            }
        }
    });

    test('give each plural entry a count and every form its language uses', () => {
        for (const code of languages) {
            const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
            for (const [key, entry] of Object.entries(dictionaries[code])) {
                if (typeof entry !== 'string') {
                    assert.deepEqual(Object.keys(entry).sort(), [...categories].sort(), `${code} ${key}`);
                    assert.ok(placeholders(entry).has('count'), `${code} ${key} has no {count}`);
                }
            }
        }
    });
});

describe('the keys the editor uses', () => {
    test('exist in every language', () => {
        for (const key of [...literalKeys].filter(literal => !EVENT_TYPES.includes(literal))) {
            for (const code of languages) {
                assert.ok(key in dictionaries[code], `${key} is missing in ${code}`);
            }
        }
    });

    test('are built at run time only from the known families', () => {
        assert.deepEqual([...builtFamilies].sort(), Object.keys(FAMILIES).sort());
    });

    test('cover every value of each family', () => {
        for (const [family, values] of Object.entries(FAMILIES)) {
            for (const value of values) {
                for (const code of languages) {
                    assert.ok(`${family}.${value}` in dictionaries[code], `${family}.${value} is missing in ${code}`);
                }
            }
        }
    });
});

test('every key in the dictionaries is used', () => {
    const built = key => {
        const [family, value] = key.split('.');
        return FAMILIES[family]?.includes(value) ?? false;
    };
    const unused = Object.keys(dictionaries.en).filter(key => !literalKeys.has(key) && !built(key));
    assert.deepEqual(unused, []);
});
