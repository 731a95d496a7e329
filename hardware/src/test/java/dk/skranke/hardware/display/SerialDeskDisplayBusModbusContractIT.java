package dk.skranke.hardware.display;

import dk.skranke.testsupport.serial.SocatPair;
import org.junit.jupiter.api.AfterEach;

class SerialDeskDisplayBusModbusContractIT extends DeskDisplaysContract {
    private SocatPair pair;
    private FakeDisplayBus device;

    @Override
    protected DeskDisplays create() {
        pair = SocatPair.open();
        device = FakeDisplayBus.start(pair.deviceEnd(), FakeDisplayBus.Wire.MODBUS, 1, 2);
        return SerialDeskDisplayBus.start(DisplayBusConfig.forPort(pair.driverEnd().toString())
                .withProtocol(new ModbusRtuProtocol()));
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
