package paiban.font;

/** The shipped fonts are not where paiban looked, or one of them cannot be read as TrueType. */
public final class FontsUnavailableException extends RuntimeException {
    FontsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
