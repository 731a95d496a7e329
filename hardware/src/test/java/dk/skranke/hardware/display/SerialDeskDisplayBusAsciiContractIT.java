package dk.skranke.hardware.display;

import dk.skranke.testsupport.serial.SocatPair;
import org.junit.jupiter.api.AfterEach;

class SerialDeskDisplayBusAsciiContractIT extends DeskDisplaysContract {
    private SocatPair pair;
    private FakeDisplayBus device;

    @Override
    protected DeskDisplays create() {
        pair = SocatPair.open();
        device = FakeDisplayBus.start(pair.deviceEnd(), FakeDisplayBus.Wire.ASCII, 1, 2);
        return SerialDeskDisplayBus.start(DisplayBusConfig.forPort(pair.driverEnd().toString()));
    }

    @Override
    protected String shownAt(int address) {
        return device.shown(address);
    }

    @AfterEach
    void stopDevice() {
        device.close();
        pair.close();
    }
}
