// Virtual scrolling of a long list of fixed-height rows (the editor's table), on @tanstack/virtual-core:
// only the rows in view (and a few around them) exist in the DOM. Attach `scroller` to the scrolling
// element; read `items` (index and offset of each row to draw) and `total` (the list's height).
import type { Attachment } from 'svelte/attachments';
import {
	Virtualizer,
	elementScroll,
	observeElementOffset,
	observeElementRect,
	type VirtualItem
} from '@tanstack/virtual-core';

export class VirtualRows {
	items = $state.raw<VirtualItem[]>([]);
	total = $state(0);
	private v: Virtualizer<HTMLElement, HTMLElement> | undefined;
	private count: number;

	constructor(
		count: number,
		readonly rowPx: number,
		/** Space above the first row inside the scroller (a sticky header). */
		private readonly headPx = 0
	) {
		this.count = count;
		this.total = count * rowPx;
	}

	private options(el: HTMLElement) {
		return {
			count: this.count,
			getScrollElement: () => el,
			estimateSize: () => this.rowPx,
			scrollToFn: elementScroll,
			observeElementRect,
			observeElementOffset,
			overscan: 6,
			paddingStart: this.headPx,
			scrollPaddingStart: this.headPx,
			onChange: (v: Virtualizer<HTMLElement, HTMLElement>) => this.read(v)
		};
	}

	private read(v: Virtualizer<HTMLElement, HTMLElement>) {
		this.items = v.getVirtualItems();
		this.total = v.getTotalSize();
	}

	scroller: Attachment<HTMLElement> = (el) => {
		const v = new Virtualizer<HTMLElement, HTMLElement>(this.options(el));
		this.v = v;
		const unmount = v._didMount();
		v._willUpdate();
		this.read(v);
		return () => {
			unmount();
			this.v = undefined;
		};
	};

	/** The number of rows changed. */
	setCount(n: number): void {
		if (n === this.count) return;
		this.count = n;
		const v = this.v;
		if (!v) {
			this.total = n * this.rowPx;
			return;
		}
		v.setOptions({ ...v.options, count: n });
		v._willUpdate();
		this.read(v);
	}

	/** Scrolls the least needed to show row `i`. */
	show(i: number): void {
		this.v?.scrollToIndex(i, { align: 'auto' });
	}

	/** Rows that fit in the scroller (for Page Up / Page Down). */
	get pageRows(): number {
		const h = this.v?.scrollRect?.height ?? 10 * this.rowPx;
		return Math.max(1, Math.floor((h - this.headPx) / this.rowPx) - 1);
	}
}
