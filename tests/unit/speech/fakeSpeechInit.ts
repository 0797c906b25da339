// The page fakes live with the other test helpers (the e2e tests use them); kept here for the unit tests.
export * from '../../helpers/fakeSpeechInit';
