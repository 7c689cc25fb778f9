package paiban;

/** paiban's version: in --version, the PDFs' creator, and the source hash --changed compares. */
public final class Version {
    public static final String NUMBER = "0.1.0";

    private Version() {
    }
}
