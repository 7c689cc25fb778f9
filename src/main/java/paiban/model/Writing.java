package paiban.model;

/**
 * Which way a page's lines run: horizontal (横排, 横組み), or vertical (竖排, 縦組み): lines run top to
 * bottom and follow each other right to left, in horizontal bands (段).
 */
public enum Writing {
    HORIZONTAL, VERTICAL
}
