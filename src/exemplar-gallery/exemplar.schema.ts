import { recordId } from '../data/record-id.js';
import { anyOf, isoDate, list, map, object, oneOfValues, string, wholeNumber, type Infer } from '../data/schema.js';

const text = string();

const photoObject = object(
  { src: string({ nonEmpty: true }), alt: text, width: wholeNumber(1), height: wholeNumber(1), srcset: text },
  { required: ['src'] },
);

/** A photo: a URL string, or the image with its text alternative, size and `srcset`. */
const photo = anyOf(
  map(string({ nonEmpty: true }), (src): Infer<typeof photoObject> => ({ src })),
  photoObject,
);

/**
 * One exemplar. Only these fields are copied from the data, so whatever else an awards database
 * puts in a record (citizen ID, birth date, address, phone) never reaches the page or an event.
 */
const exemplar = object(
  {
    id: recordId,
    name: string({ nonEmpty: true }),
    kind: oneOfValues(['individual', 'collective']),
    position: text,
    unit: text,
    photo: photo,
    achievement: text,
    award: object({ title: text, decision: text, date: isoDate() }),
    year: wholeNumber(1900),
    url: text,
  },
  { required: ['id', 'name'] },
);

const exemplars = list(exemplar, { unique: 'id' });

/** `<sen-exemplar-gallery>` data: `{ "exemplars": [...] }` or a bare array, read as the list. */
export const exemplarsSchema = map(anyOf(object({ exemplars }, { required: ['exemplars'] }), exemplars), (value) =>
  Array.isArray(value) ? value : value.exemplars,
);

export type Exemplar = Infer<typeof exemplar>;
export type ExemplarPhoto = NonNullable<Exemplar['photo']>;
