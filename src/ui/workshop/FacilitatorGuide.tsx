/** How to run a 45-minute workshop with a pack: before, during, after (its own chunk). */
import { useId } from 'react';
import { ScreenHeading } from '../components/ScreenHeading';
import './workshop.css';

export default function FacilitatorGuide() {
  const id = useId();
  return (
    <section className="screen guide" aria-labelledby={id}>
      <ScreenHeading id={id}>Running a 45-minute workshop</ScreenHeading>
      <p className="lead">
        A plan for a room of 10 to 40 job seekers, each on their own phone or laptop. Nobody needs
        an account, and nothing they do leaves their device.
      </p>
      <p>
        <a href="#/workshop">Back to the pack builder</a>
      </p>

      <section aria-labelledby={`${id}-before`}>
        <h2 id={`${id}-before`}>Before the day</h2>
        <ul>
          <li>
            Play each scenario yourself at least once, so you know where people tend to go wrong and
            which debrief points you want to talk about.
          </li>
          <li>
            Make the pack: two or three scenarios fit 45 minutes. Start with an easy one (a friendly
            receptionist) and end with one that has no good news (the job already filled), which
            gives the best discussion.
          </li>
          <li>
            A scenario of your own (written on <a href="#/own">Open your own scenario</a> and kept
            there) can go into the pack beside the built-in ones. A small one travels inside the
            link; a larger pack becomes a pack file: share the file with the link (by e-mail or a
            shared folder), and the link’s page tells each participant to open it. Every device
            checks your scenario before it can be played, as the app checks its own.
          </li>
          <li>
            Settings for a room: keep voices off (thirty phones talking at once drown each other;
            captions carry the call) and leave speaking out unless people can spread out. Hold the
            scores until the end if you would rather the room talk about choices than compare
            numbers.
          </li>
          <li>
            Print the handout, or put the QR code on a slide. Open the link on a spare phone to
            check it works on the venue’s Wi-Fi: after the first visit the app works offline, so ask
            people to open it before the session if the Wi-Fi is poor.
          </li>
        </ul>
      </section>

      <section aria-labelledby={`${id}-during`}>
        <h2 id={`${id}-during`}>During the workshop</h2>
        <ol>
          <li>
            <strong>0–5 minutes: why the call matters.</strong> Ask who has made a follow-up call
            and how it felt. Name the four habits the app scores: wait two or three days, try to
            reach a person, keep it short and to the point, stay calm and never pushy.
          </li>
          <li>
            <strong>5–10 minutes: everyone joins.</strong> Show the QR code. People open the link,
            enter a display name if the pack asks, and see the workshop’s scenarios. Walk around and
            help anyone stuck; a person without a phone can pair with a neighbour.
          </li>
          <li>
            <strong>10–25 minutes: the first scenario.</strong> Everyone plays it alone (about five
            minutes), then reads the debrief. Ask two or three people what the other side said and
            what they chose next. Pick one line from the debrief’s “work on these first” and ask the
            room how they would say it instead.
          </li>
          <li>
            <strong>25–38 minutes: the next scenario.</strong> Same rhythm, a little faster. Ask
            people to try the one thing they changed after the first debrief. “Retry from this turn”
            lets someone replay a single moment instead of the whole call.
          </li>
          <li>
            <strong>38–45 minutes: wrap up.</strong> If scores were held, they show now, once each
            person has finished every scenario of the pack. Ask each person to say, or write down,
            the one thing they will do on their next real follow-up call.
          </li>
        </ol>
      </section>

      <section aria-labelledby={`${id}-after`}>
        <h2 id={`${id}-after`}>After the workshop</h2>
        <ul>
          <li>
            Participants keep their practice on their own device: they can come back to the link and
            play again, or leave the workshop to practise every scenario alone.
          </li>
          <li>
            Note which debrief points came up most, and adjust the pack (the order, or hiding model
            lines so the room invents its own) for next time. The link is the pack: a changed pack
            is a new link.
          </li>
          <li>
            Remind people that a real follow-up call is brief: thank them, say you are still
            interested, ask where things stand, and end politely.
          </li>
        </ul>
      </section>
    </section>
  );
}
