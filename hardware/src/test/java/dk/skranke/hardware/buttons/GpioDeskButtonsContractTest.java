package dk.skranke.hardware.buttons;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.util.HashMap;
import java.util.Map;

/** The desk-buttons contract against the GPIO driver on the pi4j mock platform, buttons wired active-low. */
class GpioDeskButtonsContractTest extends DeskButtonsContract {

    @Override
    protected Rig newRig(ButtonMapping mapping, TestClock clock) {
        Context context = MockGpio.newContext();
        GpioDeskButtons buttons = GpioDeskButtons.start(context, mapping, clock);
        // the mock starts every pin LOW, which active-low wiring reads as "held": let go of all buttons first
        // keep the inputs: after close they are gone from the context's registry, and a press must still be tried
        Map<Integer, MockDigitalInput> inputs = new HashMap<>();
        for (ButtonBinding button : mapping.buttons()) {
            inputs.put(button.pin(), MockGpio.pin(context, button.pin()));
            inputs.get(button.pin()).mockState(DigitalState.HIGH);
        }
        clock.advanceMillis(500);
        return new Rig() {
            @Override
            public DeskButtons buttons() {
                return buttons;
            }

            @Override
            public void pressAndRelease(String deskId, ButtonAction action) {
                int pin = mapping.find(deskId, action).orElseThrow().pin();
                inputs.get(pin).mockState(DigitalState.LOW);
                clock.advanceMillis(120);
                inputs.get(pin).mockState(DigitalState.HIGH);
                clock.advanceMillis(300);
            }

            @Override
            public void close() {
                buttons.close();
                context.shutdown();
                assertThat(context.isShutdown()).isTrue();
            }
        };
    }
}
