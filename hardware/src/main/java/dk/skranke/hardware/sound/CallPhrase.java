package dk.skranke.hardware.sound;

import dk.skranke.core.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a call into the clips that say it: chime, "nummer", the letters, the number in words,
 * "skranke", the desk. Pure: no I/O, no state.
 *
 * <p>Numbers are composed from word clips rather than one clip per number, so the committed
 * audio stays small: Danish 117 is "et hundrede og sytten", 21 is "en og tyve"; English 117 is
 * "one hundred and seventeen", 21 is "twenty one".
 */
public final class CallPhrase {

    private static final String[] DA_SMALL = {"nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte",
        "ni", "ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten",
        "tyve"};
    private static final String[] DA_TENS = {"", "ti", "tyve", "tredive", "fyrre", "halvtreds", "tres",
        "halvfjerds", "firs", "halvfems"};
    private static final String[] EN_SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty"};
    private static final String[] EN_TENS = {"", "ten", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety"};

    private CallPhrase() {
    }

    /** The clips for a call given as raw text; garbage gives an IllegalArgumentException naming the field. */
    public static List<String> clips(String number, String desk, Language language) {
        return clips(new Call(number, desk, language));
    }

    /** The clips for a call, in playing order. */
    public static List<String> clips(Call call) {
        Language lang = call.language();
        List<String> clips = new ArrayList<>();
        clips.add(ClipResources.CHIME);
        clips.add(lang == Language.DA ? "nummer" : "number");
        addLabel(clips, call.number(), lang);
        clips.add(lang == Language.DA ? "skranke" : "desk");
        addLabel(clips, call.desk(), lang);
        return List.copyOf(clips);
    }

    /** The clips plus the sentence as text, e.g. "Nummer P17, skranke 3". */
    public static Phrase of(Call call) {
        String text = call.language() == Language.DA
                ? "Nummer " + call.spokenNumber() + ", skranke " + call.spokenDesk()
                : "Number " + call.spokenNumber() + ", desk " + call.spokenDesk();
        return new Phrase(call.language(), clips(call), text);
    }

    /** The number 0-999 in word clips of the given language. */
    public static List<String> numberWords(int n, Language language) {
        if (n < 0 || n > Call.MAX_NUMBER) {
            throw new IllegalArgumentException("number " + n + " is outside 0-" + Call.MAX_NUMBER);
        }
        List<String> words = new ArrayList<>();
        if (language == Language.DA) {
            danish(n, words);
        } else {
            english(n, words);
        }
        return List.copyOf(words);
    }

    private static void addLabel(List<String> clips, String label, Language language) {
        for (char letter : Call.prefixOf(label).toCharArray()) {
            clips.add(String.valueOf(letter).toLowerCase(Locale.ROOT));
        }
        clips.addAll(numberWords(Call.valueOf(label), language));
    }

    private static void danish(int n, List<String> words) {
        int hundreds = n / 100;
        int rest = n % 100;
        if (hundreds > 0) {
            words.add(hundreds == 1 ? "et" : DA_SMALL[hundreds]);
            words.add("hundrede");
            if (rest == 0) {
                return;
            }
            words.add("og");
        }
        if (rest <= 20) {
            words.add(DA_SMALL[rest]);
        } else if (rest % 10 == 0) {
            words.add(DA_TENS[rest / 10]);
        } else {
            // Danish says the ones first: 21 is "en og tyve".
            words.add(DA_SMALL[rest % 10]);
            words.add("og");
            words.add(DA_TENS[rest / 10]);
        }
    }

    private static void english(int n, List<String> words) {
        int hundreds = n / 100;
        int rest = n % 100;
        if (hundreds > 0) {
            words.add(EN_SMALL[hundreds]);
            words.add("hundred");
            if (rest == 0) {
                return;
            }
            words.add("and");
        }
        if (rest <= 20) {
            words.add(EN_SMALL[rest]);
        } else {
            words.add(EN_TENS[rest / 10]);
            if (rest % 10 != 0) {
                words.add(EN_SMALL[rest % 10]);
            }
        }
    }
}
