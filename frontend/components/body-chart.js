/**
 * <headroom-body-chart>: front and back views of a figure on which the therapist taps the areas
 * treated. The regions and the figure come from the server (the same shapes print on paper); the
 * value is a comma-separated list of region codes, announced with `value-changed`.
 * Every region is a keyboard-focusable checkbox with its own label.
 */
const SVG = 'http://www.w3.org/2000/svg';

class HeadroomBodyChart extends HTMLElement {
  constructor() {
    super();
    this._value = '';
    this._regions = [];
    this._outline = [];
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; width: 100%; }
        .views { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure { margin: 0; flex: 1 1 12rem; max-width: 16rem; }
        figcaption { font-size: var(--lumo-font-size-s, 0.875rem); color: var(--lumo-secondary-text-color, #555);
                     text-align: center; margin-bottom: 0.25rem; }
        svg { width: 100%; height: auto; touch-action: manipulation; }
        .outline { fill: var(--lumo-contrast-10pct, #e6e6e6); stroke: var(--lumo-contrast-30pct, #999); stroke-width: 1; }
        .region { fill: transparent; stroke: var(--lumo-contrast-50pct, #777); stroke-width: 1; cursor: pointer; }
        .region:hover { fill: var(--lumo-primary-color-10pct, rgba(27,110,120,0.15)); }
        .region[aria-checked="true"] { fill: var(--lumo-primary-color, #1b6e78); stroke: var(--lumo-primary-text-color, #155); }
        .region:focus { outline: none; stroke: var(--lumo-primary-text-color, #155); stroke-width: 3; }
        :host([readonly]) .region { cursor: default; }
        .chosen { margin-top: 0.5rem; font-size: var(--lumo-font-size-s, 0.875rem); }
      </style>
      <div class="views"></div>
      <div class="chosen" aria-live="polite"></div>`;
    this._views = root.querySelector('.views');
    this._chosen = root.querySelector('.chosen');
  }

  set regions(json) {
    this._regions = json ? JSON.parse(json) : [];
    this._render();
  }

  set outline(json) {
    this._outline = json ? JSON.parse(json) : [];
    this._render();
  }

  get value() {
    return this._value;
  }

  set value(v) {
    this._value = v || '';
    this._sync();
  }

  _selected() {
    return new Set(this._value ? this._value.split(',') : []);
  }

  _shape(s, className) {
    const el = document.createElementNS(SVG, s.ellipse ? 'ellipse' : 'rect');
    if (s.ellipse) {
      el.setAttribute('cx', s.x); el.setAttribute('cy', s.y); el.setAttribute('rx', s.w); el.setAttribute('ry', s.h);
    } else {
      el.setAttribute('x', s.x); el.setAttribute('y', s.y); el.setAttribute('width', s.w); el.setAttribute('height', s.h);
      el.setAttribute('rx', 3);
    }
    el.setAttribute('class', className);
    return el;
  }

  _render() {
    this._views.innerHTML = '';
    for (const view of ['FRONT', 'BACK']) {
      const figure = document.createElement('figure');
      const caption = document.createElement('figcaption');
      caption.textContent = this.getAttribute(view === 'FRONT' ? 'front-label' : 'back-label') || view;
      const svg = document.createElementNS(SVG, 'svg');
      svg.setAttribute('viewBox', '0 0 200 420');
      svg.setAttribute('role', 'group');
      svg.setAttribute('aria-label', caption.textContent);
      this._outline.forEach((s) => svg.appendChild(this._shape(s, 'outline')));
      this._regions.filter((r) => r.view === view).forEach((r) => {
        const el = this._shape(r, 'region');
        el.setAttribute('role', 'checkbox');
        el.setAttribute('tabindex', '0');
        el.setAttribute('aria-label', r.label);
        el.setAttribute('data-code', r.code);
        const title = document.createElementNS(SVG, 'title');
        title.textContent = r.label;
        el.appendChild(title);
        el.addEventListener('click', () => this._toggle(r.code));
        el.addEventListener('keydown', (e) => {
          if (e.key === ' ' || e.key === 'Enter') {
            e.preventDefault();
            this._toggle(r.code);
          }
        });
        svg.appendChild(el);
      });
      figure.append(caption, svg);
      this._views.appendChild(figure);
    }
    this._sync();
  }

  _toggle(code) {
    if (this.hasAttribute('readonly')) {
      return;
    }
    const selected = this._selected();
    if (selected.has(code)) {
      selected.delete(code);
    } else {
      selected.add(code);
    }
    this._value = [...selected].sort().join(',');
    this._sync();
    this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: this._value } }));
  }

  _sync() {
    const selected = this._selected();
    this.shadowRoot.querySelectorAll('.region').forEach((el) => {
      el.setAttribute('aria-checked', selected.has(el.getAttribute('data-code')) ? 'true' : 'false');
    });
    const labels = this._regions.filter((r) => selected.has(r.code)).map((r) => r.label);
    this._chosen.textContent = labels.join(', ');
  }
}

customElements.define('headroom-body-chart', HeadroomBodyChart);
