package dk.skranke.hardware.buttons;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;

/** A pi4j context on the mock platform, and the hand on its pins. */
final class MockGpio {
    private MockGpio() {
    }

    static Context newContext() {
        return Pi4J.newContextBuilder().add(new MockPlatform()).add(MockDigitalInputProvider.newInstance()).build();
    }

    static MockDigitalInput pin(Context context, int pin) {
        return context.io(GpioDeskButtons.inputId(pin), MockDigitalInput.class);
    }

    /** Sets the pin's level; the mock calls listeners synchronously, and only when the level changes. */
    static void level(Context context, int pin, DigitalState state) {
        pin(context, pin).mockState(state);
    }
}
