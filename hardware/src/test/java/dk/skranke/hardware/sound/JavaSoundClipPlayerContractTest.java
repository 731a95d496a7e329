package dk.skranke.hardware.sound;

class JavaSoundClipPlayerContractTest extends ClipPlayerContract {

    private final FakeSourceLine line = new FakeSourceLine();

    @Override
    ClipPlayer workingPlayer() {
        return new JavaSoundClipPlayer(format -> line.proxy());
    }

    @Override
    int playedSoFar() {
        return line.written();
    }
}
