import { css } from 'lit';

export default css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sen-exemplar-gallery-card-width, 11em)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    padding-bottom: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  .card:hover {
    border-color: var(--_accent);
  }

  /* The frame's size comes from CSS alone, so a photo arriving late moves nothing. */
  .photo {
    position: relative;
    display: grid;
    place-items: center;
    aspect-ratio: var(--sen-exemplar-gallery-photo-ratio, 3 / 4);
    background: var(--_surface-alt);
  }

  .photo img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .placeholder {
    font-size: 2.5em;
    font-weight: 700;
    color: var(--_muted);
  }

  .name,
  .line {
    margin: 0 0.75em;
  }

  .name {
    margin-top: 0.25em;
    font-weight: 700;
  }

  /* The name is the card's button; its ::after covers the card, so the whole card is the target. */
  .open {
    min-height: 0;
    padding: 0;
    font-weight: inherit;
    text-align: start;
    color: inherit;
    background: none;
  }

  .open::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  .open:focus-visible {
    outline: 0;
  }

  .open:focus-visible::after {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
    border-radius: var(--_radius);
  }

  .card:hover .open {
    text-decoration: underline;
  }

  .line {
    font-size: 0.9em;
    color: var(--_muted);
  }

  .achievement {
    color: var(--_text);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .award {
    font-weight: 600;
    color: var(--_accent);
  }

  .none {
    margin: 0;
    color: var(--_muted);
  }

  .dialog {
    width: min(46em, 100% - 1em);
    max-height: calc(100% - 1em);
    padding: 0;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    touch-action: pan-y;
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }

  .sheet,
  .detail {
    display: grid;
    gap: var(--_space);
  }

  .sheet {
    padding: var(--_space);
  }

  .bar,
  .nav {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 1em;
  }

  .counter,
  .kind {
    margin: 0;
    color: var(--_muted);
  }

  .close {
    padding: 0;
    font-size: 1.5em;
  }

  .detail .photo {
    max-width: 16em;
  }

  .detail-name {
    margin: 0;
    font-size: 1.3em;
  }

  .facts {
    display: grid;
    gap: 0.5em;
    margin: var(--_space) 0;
  }

  dt {
    font-size: 0.85em;
    color: var(--_muted);
  }

  dd {
    margin: 0;
    white-space: pre-line;
  }

  .link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    color: var(--_link);
  }

  @media (min-width: 40em) {
    .detail {
      grid-template-columns: minmax(0, 16em) 1fr;
      align-items: start;
    }
  }
`;
