// Height of the overview strip under the plot, px (its box is rendered on the server).
export const OVERVIEW_HEIGHT = 46;
