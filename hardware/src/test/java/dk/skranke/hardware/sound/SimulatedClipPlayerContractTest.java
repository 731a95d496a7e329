package dk.skranke.hardware.sound;

class SimulatedClipPlayerContractTest extends ClipPlayerContract {

    private final SimulatedClipPlayer simulated = new SimulatedClipPlayer();

    @Override
    ClipPlayer workingPlayer() {
        return simulated;
    }

    @Override
    int playedSoFar() {
        return simulated.spoken().size();
    }
}
