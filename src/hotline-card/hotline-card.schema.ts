import { anyOf, list, map, object, string, type Schema } from '../data/schema.js';
import { splitPhones } from '../text/phone.js';

/** One person or office to call, as the card holds it. */
export interface HotlineContact {
  name: string;
  position?: string;
  unit?: string;
  hours?: string;
  /** One entry per number, each as written: `"02963.957.049 - 0378.247.247"` arrives as two. */
  phones?: string[];
  email?: string;
  zalo?: string;
}

export interface HotlineGroup {
  title?: string;
  contacts: HotlineContact[];
}

/** The data every accepted shape is read into: `{ groups }`, `{ contacts }` and a bare array alike. */
export interface HotlineDirectory {
  title?: string;
  groups: HotlineGroup[];
}

const text = string();

/** A name with more than white space: a blank name is as good as none. */
const name = string({ nonEmpty: true });

// One string may hold several numbers ("02963.957.049 - 0378.247.247"): split here, shown as written.
const phones = map(anyOf(text, list(text)), (value) =>
  (typeof value === 'string' ? [value] : value).flatMap(splitPhones),
);

const contact = object(
  {
    name,
    position: text,
    unit: text,
    hours: text,
    phones,
    email: text,
    zalo: text,
  },
  { required: ['name'], lenient: true },
);

const contacts = list(contact);
const title = text;

/**
 * `<sen-hotline-card>` data: `{ title, groups: [{ title, contacts }] }`, `{ title, contacts }` or a
 * bare array of contacts. A contact without a name is dropped (and reported); a bad optional field
 * is dropped alone.
 */
export const hotlineSchema = anyOf(
  object(
    {
      title,
      groups: list(object({ title, contacts }, { required: ['contacts'], lenient: true })),
    },
    { required: ['groups'], lenient: true },
  ),
  map(object({ title, contacts }, { required: ['contacts'], lenient: true }), ({ contacts, ...rest }) => ({
    ...rest,
    groups: [{ contacts }],
  })),
  map(contacts, (value) => ({ groups: [{ contacts: value }] })),
) as Schema<HotlineDirectory>;

/** No contact in any group: the card's `empty` state. */
export const hasNoContacts = (data: HotlineDirectory) => data.groups.every((group) => group.contacts.length === 0);
