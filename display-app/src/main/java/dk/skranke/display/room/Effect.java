package dk.skranke.display.room;

import dk.skranke.core.i18n.Language;

/** Something the room asks the devices to do after a change: an LED display to update, a call to say. */
public sealed interface Effect {

    /** The desk's LED display shows this number. */
    record ShowNumber(String desk, String number) implements Effect {
    }

    /** The desk's LED display goes blank: nobody is being called or served there. */
    record ClearDesk(String desk) implements Effect {
    }

    /** Say "number ... desk ..." in the ticket's language. */
    record Announce(String number, String desk, Language language) implements Effect {
    }
}
