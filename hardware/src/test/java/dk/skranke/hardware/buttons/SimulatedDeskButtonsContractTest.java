package dk.skranke.hardware.buttons;

/** The desk-buttons contract against the simulator. */
class SimulatedDeskButtonsContractTest extends DeskButtonsContract {

    @Override
    protected Rig newRig(ButtonMapping mapping, TestClock clock) {
        SimulatedDeskButtons buttons = new SimulatedDeskButtons(clock);
        return new Rig() {
            @Override
            public DeskButtons buttons() {
                return buttons;
            }

            @Override
            public void pressAndRelease(String deskId, ButtonAction action) {
                buttons.press(deskId, action);
                clock.advanceMillis(300);
            }

            @Override
            public void close() {
                buttons.close();
            }
        };
    }
}
