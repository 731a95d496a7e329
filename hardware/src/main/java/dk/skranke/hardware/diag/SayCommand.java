package dk.skranke.hardware.diag;

import dk.skranke.hardware.sound.ClipPlayer;
import dk.skranke.hardware.sound.JavaSoundClipPlayer;
import dk.skranke.hardware.sound.SayDiagnostic;
import dk.skranke.hardware.sound.SimulatedClipPlayer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hw say P17 3 [da|en]}: plays the chime and the spoken call through the speakers. */
@Command(name = "say", mixinStandardHelpOptions = true, description = "Announce a call: chime and spoken number.")
final class SayCommand implements Callable<Integer> {
    @Parameters(arity = "2..3", description = "ticket number, desk, and optionally da or en")
    List<String> words;

    @Option(names = "--simulated", description = "only print what would be said")
    boolean simulated;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ClipPlayer player = simulated ? new SimulatedClipPlayer() : new JavaSoundClipPlayer();
        return new SayDiagnostic(player, Duration.ofSeconds(30)).run(words, spec.commandLine().getOut());
    }
}
