// Splits a document's original text into its blocks: title block, paragraphs p1..pN, closing line.
// Blocks are separated by blank lines; the text of each block is kept exactly as published.

export interface DocumentBlocks {
	titleBlock: string;
	paragraphs: { id: string; text: string }[];
	closing: string;
}

export function splitDocumentText(text: string): DocumentBlocks {
	const blocks = text
		.replace(/\r\n/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((b) => b.trim())
		.filter((b) => b.length > 0);
	if (blocks.length < 3) throw new Error(`expected a title block, paragraphs and a closing line; found ${blocks.length} blocks`);
	return {
		titleBlock: blocks[0]!,
		paragraphs: blocks.slice(1, -1).map((t, i) => ({ id: `p${i + 1}`, text: t })),
		closing: blocks[blocks.length - 1]!
	};
}
