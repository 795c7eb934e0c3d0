/**
 * <headroom-signature-pad>: a signature drawn with finger, stylus or mouse.
 * The value is a PNG data URL ("" when empty), announced with a `value-changed` event after each
 * stroke and after clearing. Where drawing is impossible, the form offers a typed name instead.
 */
class HeadroomSignaturePad extends HTMLElement {
  static get observedAttributes() {
    return ['label', 'clear-label', 'disabled'];
  }

  constructor() {
    super();
    this._value = '';
    this._drawing = false;
    this._hasInk = false;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; width: 100%; max-width: 36rem; }
        .label { font-size: var(--lumo-font-size-s, 0.875rem); font-weight: 500;
                 color: var(--lumo-secondary-text-color, #555); margin-bottom: 0.25rem; }
        .pad { position: relative; border: 2px dashed var(--lumo-contrast-40pct, #888);
               border-radius: var(--lumo-border-radius-m, 6px); background: #fff; touch-action: none; }
        canvas { display: block; width: 100%; height: 10rem; cursor: crosshair; }
        .line { position: absolute; left: 1rem; right: 1rem; bottom: 2.2rem; border-bottom: 1px solid #bbb;
                pointer-events: none; }
        button { margin-top: 0.5rem; min-height: 2.75rem; padding: 0 1rem; font: inherit; cursor: pointer;
                 border-radius: var(--lumo-border-radius-m, 6px); border: 1px solid var(--lumo-contrast-30pct, #999);
                 background: var(--lumo-contrast-5pct, #f3f3f3); color: var(--lumo-body-text-color, #222); }
        :host([disabled]) canvas { cursor: not-allowed; opacity: 0.6; }
      </style>
      <div class="label" part="label"></div>
      <div class="pad" part="pad">
        <canvas role="img"></canvas>
        <div class="line"></div>
      </div>
      <button type="button" part="clear"></button>`;
    this._canvas = root.querySelector('canvas');
    this._labelEl = root.querySelector('.label');
    this._clearButton = root.querySelector('button');
    this._clearButton.addEventListener('click', () => this.clear());
    this._canvas.addEventListener('pointerdown', (e) => this._start(e));
    this._canvas.addEventListener('pointermove', (e) => this._move(e));
    this._canvas.addEventListener('pointerup', (e) => this._end(e));
    this._canvas.addEventListener('pointercancel', (e) => this._end(e));
    this._updateTexts();
  }

  connectedCallback() {
    this._resize();
    this._resizeObserver = new ResizeObserver(() => this._resize());
    this._resizeObserver.observe(this._canvas);
  }

  disconnectedCallback() {
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
    }
  }

  attributeChangedCallback() {
    this._updateTexts();
  }

  get value() {
    return this._value;
  }

  set value(v) {
    const next = v || '';
    if (next === this._value) {
      return;
    }
    this._value = next;
    if (!next) {
      this._wipe();
    } else {
      this._draw(next);
    }
  }

  clear() {
    if (this.hasAttribute('disabled')) {
      return;
    }
    this._wipe();
    this._setValue('');
  }

  _updateTexts() {
    const label = this.getAttribute('label') || '';
    this._labelEl.textContent = label;
    this._canvas.setAttribute('aria-label', label);
    this._clearButton.textContent = this.getAttribute('clear-label') || 'Clear';
  }

  _context() {
    const ctx = this._canvas.getContext('2d');
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111';
    return ctx;
  }

  _resize() {
    const rect = this._canvas.getBoundingClientRect();
    if (rect.width === 0) {
      return;
    }
    this._canvas.width = Math.round(rect.width);
    this._canvas.height = Math.round(rect.height);
    if (this._value) {
      this._draw(this._value);
    }
  }

  _wipe() {
    const ctx = this._canvas.getContext('2d');
    ctx.clearRect(0, 0, this._canvas.width, this._canvas.height);
    this._hasInk = false;
  }

  _draw(dataUrl) {
    const image = new Image();
    image.onload = () => {
      this._wipe();
      this._canvas.getContext('2d').drawImage(image, 0, 0, this._canvas.width, this._canvas.height);
      this._hasInk = true;
    };
    image.src = dataUrl;
  }

  _point(e) {
    const rect = this._canvas.getBoundingClientRect();
    return {
      x: ((e.clientX - rect.left) * this._canvas.width) / rect.width,
      y: ((e.clientY - rect.top) * this._canvas.height) / rect.height,
    };
  }

  _start(e) {
    if (this.hasAttribute('disabled')) {
      return;
    }
    e.preventDefault();
    this._canvas.setPointerCapture(e.pointerId);
    this._drawing = true;
    const p = this._point(e);
    const ctx = this._context();
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(p.x + 0.1, p.y + 0.1);
    ctx.stroke();
    this._hasInk = true;
  }

  _move(e) {
    if (!this._drawing) {
      return;
    }
    e.preventDefault();
    const p = this._point(e);
    const ctx = this._context();
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
  }

  _end(e) {
    if (!this._drawing) {
      return;
    }
    this._drawing = false;
    if (this._canvas.hasPointerCapture(e.pointerId)) {
      this._canvas.releasePointerCapture(e.pointerId);
    }
    this._setValue(this._hasInk ? this._exportPng() : '');
  }

  /** A white-backed PNG so that the signature prints the same on any paper or screen. */
  _exportPng() {
    const out = document.createElement('canvas');
    out.width = this._canvas.width;
    out.height = this._canvas.height;
    const ctx = out.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(this._canvas, 0, 0);
    return out.toDataURL('image/png');
  }

  _setValue(v) {
    this._value = v;
    this.dispatchEvent(new CustomEvent('value-changed', { detail: { value: v } }));
  }
}

customElements.define('headroom-signature-pad', HeadroomSignaturePad);
