package paiban.render.epub;

/** A picture as stored in the EPUB: its href and the pixel size of the stored (re-encoded) file. */
record StoredPicture(String href, int width, int height) {
}
