import { SaxesParser } from 'saxes';

/**
 * A strict XML 1.0 reader for the parts of a DOCX: saxes parses (and fails on the first well-formedness
 * error), the result is a small element tree the DOCX readers walk.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Parses with saxes and fails on the first well-formedness error; `name` says which part failed. */
export function parseXml(xml: string, name: string): XmlElement {
  const parser = new SaxesParser();
  const errors: string[] = [];
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.on('error', (error) => errors.push(error.message));
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes, children: [] };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void stack[stack.length - 1]!.children.push(text));
  parser.write(xml).close();
  if (errors.length > 0) throw new Error(`${name} is not well-formed XML: ${errors[0]}`);
  return root;
}

const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

/** The element's child elements with the given name. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter(isElement).filter((child) => child.name === name);

export const childNamed = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element ? childrenNamed(element, name)[0] : undefined;

/** Every element with the given name under `element`, in document order, not looking inside a match. */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children
    .filter(isElement)
    .flatMap((child) => (child.name === name ? [child] : descendantsNamed(child, name)));
}

/** The text directly inside an element (a w:t's). */
export const textOf = (element: XmlElement): string =>
  element.children.filter((node): node is string => typeof node === 'string').join('');

/** An on/off property (w:b, w:keepNext...): present and not switched off. */
export const isOn = (element: XmlElement): boolean =>
  !['false', '0', 'none'].includes(element.attributes['w:val'] ?? 'true');
