import { XMLBuilder } from 'fast-xml-parser';

/** One element in fast-xml-parser's ordered form: its children under its tag name, its attributes under ':@'. */
export type XmlElement = Record<string, unknown>;
type AttributeValue = string | number;

/** Characters XML 1.0 does not allow even escaped (everything below U+0020 but tab, LF and CR). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const dropNonXml = (_name: string, value: unknown) => (typeof value === 'string' ? value.replace(NOT_XML, '') : value);

/**
 * Ordered, so sibling elements keep the sequence they were given (a workout's steps); the builder escapes
 * & < > " ' in text and attribute values, and a coach's pasted control characters are dropped first.
 */
const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  tagValueProcessor: dropNonXml,
  attributeValueProcessor: dropNonXml,
});

export function element(
  tag: string,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  children: readonly XmlElement[] = [],
): XmlElement {
  return Object.keys(attributes).length ? { [tag]: children, ':@': attributes } : { [tag]: children };
}

export function textElement(tag: string, text: string): XmlElement {
  return { [tag]: [{ '#text': text }] };
}

/** A UTF-8 XML document with a declaration and two-space indentation, ending in a newline. */
export function xmlDocument(root: XmlElement): string {
  return `${builder.build([{ '?xml': [{ '#text': '' }], ':@': { version: '1.0', encoding: 'UTF-8' } }, root]) as string}\n`;
}
