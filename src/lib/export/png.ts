// PNG from an exported SVG, in the browser only: the SVG string becomes a blob URL, is drawn into a
// canvas `scale` times its size (2× for slides), and the canvas is encoded with toBlob. Nothing is
// fetched: the SVG is self-contained. Throws outside the browser (no SSR use).
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	if (typeof document === 'undefined' || typeof Image === 'undefined')
		throw new Error('svgToPng runs in the browser only');
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.decoding = 'async';
		const loaded = new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('the SVG could not be drawn'));
		});
		img.src = url;
		await loaded;
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no 2D canvas');
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
