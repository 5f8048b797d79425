import { childNamed, childrenNamed, isOn, parseXml, type XmlElement } from './docx-xml.js';

/**
 * The formatting a DOCX's styles.xml gives paragraphs and runs: its document defaults and paragraph
 * styles, each with the properties tests look at, and a style's chain of the styles it is based on.
 */

/** Formatting properties, by name, as one layer (defaults, a style, direct formatting) sets them. */
export type Properties = Record<string, string | boolean>;

export function paragraphProperties(pPr: XmlElement | undefined): Properties {
  const properties: Properties = {};
  for (const element of pPr?.children.filter((node) => typeof node !== 'string') ?? []) {
    const a = element.attributes;
    if (element.name === 'w:jc') properties.jc = a['w:val']!;
    if (element.name === 'w:keepNext' || element.name === 'w:keepLines') properties[element.name] = isOn(element);
    if (element.name === 'w:spacing')
      for (const key of ['before', 'after', 'line']) if (a[`w:${key}`]) properties[key] = a[`w:${key}`]!;
    if (element.name === 'w:ind') {
      for (const key of ['left', 'firstLine', 'hanging']) if (a[`w:${key}`]) properties[key] = a[`w:${key}`]!;
      // The first line is indented or hangs: setting one undoes the other set by a style below.
      if (a['w:firstLine'] && !a['w:hanging']) properties.hanging = '0';
      if (a['w:hanging']) properties.firstLine = '0';
    }
  }
  return properties;
}

export function runProperties(rPr: XmlElement | undefined): Properties {
  const properties: Properties = {};
  for (const element of rPr?.children.filter((node) => typeof node !== 'string') ?? []) {
    if (['w:b', 'w:i', 'w:u'].includes(element.name)) properties[element.name] = isOn(element);
    if (element.name === 'w:sz') properties.sz = element.attributes['w:val']!;
    if (element.name === 'w:rFonts' && element.attributes['w:ascii']) properties.font = element.attributes['w:ascii'];
    if (element.name === 'w:bdr') properties.bdr = isOn(element);
  }
  return properties;
}

interface Style {
  basedOn: string | null;
  paragraph: Properties;
  run: Properties;
}

/** The paragraph styles of styles.xml and its document defaults. */
export interface Styles {
  defaults: { paragraph: Properties; run: Properties };
  byId: Map<string, Style>;
  /** The style paragraphs without a w:pStyle take (w:default="1"). */
  defaultId: string | null;
}

export function readStyles(xml: string): Styles {
  const root = childNamed(parseXml(xml, 'styles.xml'), 'w:styles')!;
  const docDefaults = childNamed(root, 'w:docDefaults');
  const byId = new Map<string, Style>();
  let defaultId: string | null = null;
  for (const style of childrenNamed(root, 'w:style').filter((s) => s.attributes['w:type'] === 'paragraph')) {
    const id = style.attributes['w:styleId']!;
    if (['1', 'true'].includes(style.attributes['w:default'] ?? '')) defaultId = id;
    byId.set(id, {
      basedOn: childNamed(style, 'w:basedOn')?.attributes['w:val'] ?? null,
      paragraph: paragraphProperties(childNamed(style, 'w:pPr')),
      run: runProperties(childNamed(style, 'w:rPr')),
    });
  }
  return {
    defaults: {
      paragraph: paragraphProperties(childNamed(childNamed(docDefaults, 'w:pPrDefault'), 'w:pPr')),
      run: runProperties(childNamed(childNamed(docDefaults, 'w:rPrDefault'), 'w:rPr')),
    },
    byId,
    defaultId,
  };
}

/** A style and the ones it is based on, the base first. */
export function styleChain(styles: Styles, id: string | null): Style[] {
  const chain: Style[] = [];
  for (let style = id ? styles.byId.get(id) : undefined; style;) {
    chain.unshift(style);
    style = style.basedOn ? styles.byId.get(style.basedOn) : undefined;
  }
  return chain;
}
